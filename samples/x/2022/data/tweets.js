window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1570000000000000001"
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
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1570000000000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1570000000000000001",
      "created_at" : "Wed Sep 14 07:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Before going private: herons at dawn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1582000000000000002"
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
        "38"
      ],
      "favorite_count" : "3",
      "id_str" : "1582000000000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1582000000000000002",
      "created_at" : "Sun Oct 16 12:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Posted while the account is protected.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1585000000000000003"
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
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1585000000000000003/photo/1",
            "indices" : [
              "62",
              "85"
            ],
            "url" : "https://t.co/p000903",
            "media_url" : "http://pbs.twimg.com/media/FCircle1.jpg",
            "id_str" : "1585000000000000903",
            "id" : "1585000000000000903",
            "media_url_https" : "https://pbs.twimg.com/media/FCircle1.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FCircle1"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "3",
      "id_str" : "1585000000000000003",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1585000000000000003",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 25 18:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Only for the Circle: the heronry location is by the old mill. https://t.co/c1rc1e",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1585000000000000003/photo/1",
            "indices" : [
              "62",
              "85"
            ],
            "url" : "https://t.co/p000903",
            "media_url" : "http://pbs.twimg.com/media/FCircle1.jpg",
            "id_str" : "1585000000000000903",
            "id" : "1585000000000000903",
            "media_url_https" : "https://pbs.twimg.com/media/FCircle1.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FCircle1"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1588000000000000004"
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
        "35"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1587999999999999999",
      "id_str" : "1588000000000000004",
      "in_reply_to_user_id" : "4000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1588000000000000004",
      "in_reply_to_status_id" : "1587999999999999999",
      "created_at" : "Fri Nov 04 09:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "@otter_example see you at the river",
      "lang" : "en",
      "in_reply_to_screen_name" : "otter_example",
      "in_reply_to_user_id_str" : "4000000002"
    }
  }
]