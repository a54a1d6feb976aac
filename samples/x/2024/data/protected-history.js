window.YTD.protected_history.part0 = [
  {
    "protectedHistory" : {
      "protectedAt" : "2024-05-01T10:00:00.000Z",
      "action" : "Protect"
    }
  },
  {
    "protectedHistory" : {
      "protectedAt" : "2024-06-15T18:30:00.000Z",
      "action" : "Unprotect"
    }
  }
]