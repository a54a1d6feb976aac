window.YTD.periscope_comments_made_by_user.part0 = [
  {
    "periscopeCommentsMadeByUser" : {
      "broadcastId" : "1BRJsynthetic01",
      "byAccountId" : "1eRExsynth",
      "createdAt" : "2026-01-15T17:06:04.804Z",
      "text" : "lovely light on the water"
    }
  }
]