window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1575000000000000011",
      "fullText" : "A kingfisher, mid-dive",
      "expandedUrl" : "https://twitter.com/i/web/status/1575000000000000011"
    }
  }
]