window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890000000000000101"
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
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "1890000000000000101",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000101",
      "created_at" : "Fri Jan 09 08:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Frost on the reeds this morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1890000000000000201",
          "editControlInitial" : {
            "editTweetIds" : [
              "1890000000000000201",
              "1890000000000000202"
            ],
            "editableUntil" : "2026-01-10T10:00:00.000Z",
            "editsRemaining" : "3",
            "isEditEligible" : true
          }
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
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1890000000000000202",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000202",
      "created_at" : "Sat Jan 10 09:10:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Heron count: 5 (two behind the reeds)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890000000000000201",
            "1890000000000000202"
          ],
          "editableUntil" : "2026-01-10T10:00:00.000Z",
          "editsRemaining" : "3",
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
        "14"
      ],
      "favorite_count" : "3",
      "id_str" : "1890000000000000201",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000201",
      "created_at" : "Sat Jan 10 09:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Heron count: 3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1890000000000000301",
          "editControlInitial" : {
            "editTweetIds" : [
              "1890000000000000301",
              "1890000000000000302",
              "1890000000000000303"
            ],
            "editableUntil" : "2026-01-10T10:00:00.000Z",
            "editsRemaining" : "3",
            "isEditEligible" : true
          }
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
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "1890000000000000302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000302",
      "created_at" : "Sun Jan 11 10:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Kingfisher at the weir, second try",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890000000000000301",
            "1890000000000000302",
            "1890000000000000303"
          ],
          "editableUntil" : "2026-01-10T10:00:00.000Z",
          "editsRemaining" : "3",
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
        "22"
      ],
      "favorite_count" : "3",
      "id_str" : "1890000000000000301",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000301",
      "created_at" : "Sun Jan 11 10:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Kingfisher at the wier",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890000000000000401"
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
        "user_mentions" : [
          {
            "name" : "Otter Example",
            "screen_name" : "otter_example",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "4000000002",
            "id" : "4000000002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1890000000000000055",
      "id_str" : "1890000000000000401",
      "in_reply_to_user_id" : "4000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1890000000000000401",
      "in_reply_to_status_id" : "1890000000000000055",
      "created_at" : "Mon Jan 12 11:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@otter_example same spot tomorrow?",
      "lang" : "en",
      "in_reply_to_screen_name" : "otter_example",
      "in_reply_to_user_id_str" : "4000000002"
    }
  }
]