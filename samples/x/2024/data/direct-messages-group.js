window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1612345678901234567",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1760000000000000712",
            "senderId" : "4000000001",
            "text" : "Sounds good, see you there",
            "createdAt" : "2024-03-06T09:20:00.120Z",
            "mediaUrls" : [ ],
            "urls" : [ ],
            "reactions" : [ ]
          }
        },
        {
          "messageCreate" : {
            "id" : "1760000000000000711",
            "senderId" : "4000000002",
            "text" : "Agenda: herons at 9.",
            "createdAt" : "2024-03-06T09:15:00.120Z",
            "mediaUrls" : [ ],
            "urls" : [ ],
            "reactions" : [ ]
          }
        },
        {
          "participantsJoin" : {
            "initiatingUserId" : "4000000001",
            "userIds" : [
              "4000000003"
            ],
            "createdAt" : "2024-03-06T09:00:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "4000000002",
            "participantsSnapshot" : [
              "4000000002",
              "4000000001"
            ],
            "createdAt" : "2024-03-05T08:00:00.000Z"
          }
        }
      ]
    }
  }
]