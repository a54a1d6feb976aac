window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1750000000000000011",
      "fullText" : "Herons &amp; egrets: a field guide",
      "expandedUrl" : "https://twitter.com/i/web/status/1750000000000000011"
    }
  },
  {
    "like" : {
      "tweetId" : "1750000000000000012"
    }
  }
]