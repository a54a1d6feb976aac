window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1760000000000000101",
      "user_id" : "4000000001",
      "created_at" : "Tue Mar 05 07:02:11 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000102",
      "user_id" : "4000000001",
      "created_at" : "Tue Mar 05 08:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000103",
      "user_id" : "4000000001",
      "created_at" : "Tue Mar 05 08:01:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000104",
      "user_id" : "4000000001",
      "created_at" : "Tue Mar 05 14:02:11 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000105",
      "user_id" : "4000000001",
      "created_at" : "Wed Mar 06 10:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000106",
      "user_id" : "4000000001",
      "created_at" : "Wed Mar 06 11:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000107",
      "user_id" : "4000000001",
      "created_at" : "Thu Mar 07 09:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000108",
      "user_id" : "4000000001",
      "created_at" : "Thu Mar 07 09:10:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000109",
      "user_id" : "4000000001",
      "created_at" : "Wed Jan 01 00:00:00 +0000 1997"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000110",
      "user_id" : "4000000001",
      "created_at" : "Fri Mar 08 12:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000111",
      "user_id" : "4000000001",
      "created_at" : "Fri Mar 08 13:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000112",
      "user_id" : "4000000001",
      "created_at" : "Sat Mar 09 15:58:50 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1760000000000000113",
      "user_id" : "4000000001",
      "created_at" : "Sun Mar 10 07:30:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1700000000000000201",
      "user_id" : "4000000001",
      "created_at" : "Fri Sep 08 18:00:00 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1700000000000000202",
      "user_id" : "4000000001",
      "created_at" : "Sat Sep 09 18:00:00 +0000 2023"
    }
  }
]