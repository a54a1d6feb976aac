window.YTD.twitter_circle.part0 = [
  {
    "twitterCircle" : {
      "id" : "1539000000000000001",
      "ownerUserId" : "4000000001",
      "createdAt" : "2022-06-21T12:38:26.108Z"
    }
  }
]