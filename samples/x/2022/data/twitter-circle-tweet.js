window.YTD.twitter_circle_tweet.part0 = [
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
  }
]