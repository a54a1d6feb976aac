window.YTD.direct_messages.part0 = [ {
  "dmConversation" : {
    "conversationId" : "4000000001-4000000002",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "4000000001",
        "reactions" : [ ],
        "urls" : [ ],
        "text" : "Yes! Bright blue.",
        "mediaUrls" : [ ],
        "senderId" : "4000000002",
        "id" : "1200000000000000802",
        "createdAt" : "2019-11-30T09:12:00.000Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "4000000002",
        "reactions" : [ ],
        "urls" : [ {
          "url" : "https://t.co/a1",
          "expanded" : "https://example.com/kingfisher",
          "display" : "example.com/kingfisher"
        } ],
        "text" : "Did you see it? https://t.co/a1",
        "mediaUrls" : [ ],
        "senderId" : "4000000001",
        "id" : "1200000000000000801",
        "createdAt" : "2019-11-30T09:10:00.000Z"
      }
    } ]
  }
} ]