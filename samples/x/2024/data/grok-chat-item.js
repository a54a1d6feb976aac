window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "chatId" : "1760000000000000501",
      "accountId" : "4000000001",
      "createdAt" : "2024-08-01T10:00:00.000Z",
      "sender" : "User",
      "message" : "How long do herons live?"
    }
  },
  {
    "grokChatItem" : {
      "chatId" : "1760000000000000501",
      "accountId" : "4000000001",
      "createdAt" : "2024-08-01T10:00:05.000Z",
      "sender" : "Agent",
      "message" : "Grey herons often live around five years in the wild."
    }
  }
]