window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1890000000000000101",
      "user_id" : "4000000001",
      "created_at" : "Fri Jan 09 08:00:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1890000000000000202",
      "user_id" : "4000000001",
      "created_at" : "Sat Jan 10 09:10:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1890000000000000201",
      "user_id" : "4000000001",
      "created_at" : "Sat Jan 10 09:00:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1890000000000000302",
      "user_id" : "4000000001",
      "created_at" : "Sun Jan 11 10:05:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1890000000000000301",
      "user_id" : "4000000001",
      "created_at" : "Sun Jan 11 10:00:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1890000000000000401",
      "user_id" : "4000000001",
      "created_at" : "Mon Jan 12 11:00:00 +0000 2026"
    }
  }
]