window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "4000000001",
      "screenNameChange" : {
        "changedAt" : "2013-01-15T19:08:25.000Z",
        "changedFrom" : "heron_sample_old",
        "changedTo" : "sample_heron"
      }
    }
  }
]