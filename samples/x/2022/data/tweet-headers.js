window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1570000000000000001",
      "user_id" : "4000000001",
      "created_at" : "Wed Sep 14 07:00:00 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1582000000000000002",
      "user_id" : "4000000001",
      "created_at" : "Sun Oct 16 12:00:00 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1585000000000000003",
      "user_id" : "4000000001",
      "created_at" : "Tue Oct 25 18:00:00 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1588000000000000004",
      "user_id" : "4000000001",
      "created_at" : "Fri Nov 04 09:30:00 +0000 2022"
    }
  }
]