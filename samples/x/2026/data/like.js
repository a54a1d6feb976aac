window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1880000000000000011",
      "fullText" : "A heron, mid-stride",
      "expandedUrl" : "https://twitter.com/i/web/status/1880000000000000011"
    }
  }
]