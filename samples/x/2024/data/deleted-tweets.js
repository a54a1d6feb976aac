window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000401"
          ],
          "editableUntil" : "2024-03-05T15:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
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
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000401",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000401",
      "created_at" : "Tue Nov 12 08:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Posted too early, deleting.",
      "lang" : "en"
    }
  }
]