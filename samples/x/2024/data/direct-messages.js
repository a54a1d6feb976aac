window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "4000000001-4000000002",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "4000000002",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Photo of the feeder attached",
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1760000000000000702/1760000000000000799/FeedPic.jpg"
            ],
            "senderId" : "4000000001",
            "id" : "1760000000000000702",
            "createdAt" : "2024-03-10T08:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "4000000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Send me a photo?",
            "mediaUrls" : [ ],
            "senderId" : "4000000002",
            "id" : "1760000000000000701",
            "createdAt" : "2024-03-10T07:55:00.000Z"
          }
        }
      ]
    }
  }
]