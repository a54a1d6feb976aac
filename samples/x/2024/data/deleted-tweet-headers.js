window.YTD.deleted_tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1760000000000000401",
      "user_id" : "4000000001",
      "created_at" : "Tue Nov 12 08:00:00 +0000 2024",
      "deleted_at" : "Wed Nov 13 08:00:00 +0000 2024"
    }
  }
]