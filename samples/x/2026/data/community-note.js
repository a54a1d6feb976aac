window.YTD.community_note.part0 = [
  {
    "communityNote" : {
      "noteId" : "1890000000000000701",
      "userId" : "4000000001",
      "createdAt" : "2026-01-14T12:00:00.000Z",
      "tweetId" : "1889999999999999999",
      "summary" : "The bird in the photo is a little egret, not a heron.",
      "classification" : "MisinformedOrPotentiallyMisleading"
    }
  }
]