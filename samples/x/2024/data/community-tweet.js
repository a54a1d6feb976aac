window.YTD.community_tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000301",
      "created_at" : "Mon Mar 11 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sharing my feeder plans with the Backyard Birders community.",
      "lang" : "en",
      "community_id" : "1600000000000000077",
      "community_id_str" : "1600000000000000077",
      "scopes" : {
        "followers" : false
      }
    }
  }
]