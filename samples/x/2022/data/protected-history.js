window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2022-10-01T08:00:00.000Z",
      "action" : "Protect"
    }
  }
]