window.YTD.birdwatch_note.part0 = [
  {
    "birdwatchNote" : {
      "noteId" : "1580000000000000701",
      "userId" : "4000000001",
      "createdAt" : "2022-10-10T10:00:00.000Z",
      "tweetId" : "1579999999999999999",
      "summary" : "The photo shows a grey heron, not a crane.",
      "classification" : "MisinformedOrPotentiallyMisleading",
      "userAlias" : "patient-heron-01"
    }
  }
]