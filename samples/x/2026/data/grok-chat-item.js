window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "chatId" : "1890000000000000501",
      "accountId" : "4000000001",
      "createdAt" : "2026-01-13T10:00:00.000Z",
      "message" : "Why do herons stand on one leg?",
      "sender" : {
        "name" : "User",
        "originalName" : "USER"
      },
      "grokMode" : {
        "name" : "Normal",
        "originalName" : "NORMAL"
      }
    }
  },
  {
    "grokChatItem" : {
      "chatId" : "1890000000000000501",
      "accountId" : "4000000001",
      "createdAt" : "2026-01-13T10:00:04.000Z",
      "message" : "Mostly to keep warm: one leg tucked in loses less heat.",
      "sender" : {
        "name" : "Agent",
        "originalName" : "AGENT"
      },
      "grokMode" : {
        "name" : "Normal",
        "originalName" : "NORMAL"
      }
    }
  }
]