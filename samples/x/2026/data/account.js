window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "heron@example.com",
      "createdVia" : "web",
      "username" : "sample_heron",
      "accountId" : "4000000001",
      "createdAt" : "2012-04-14T22:50:27.601Z",
      "accountDisplayName" : "Sample Heron"
    }
  }
]