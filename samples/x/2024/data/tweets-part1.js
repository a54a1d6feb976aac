window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000201"
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
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "1700000000000000201",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700000000000000201",
      "created_at" : "Fri Sep 08 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Autumn migration starts soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700000000000000202"
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
            "expanded_url" : "https://twitter.com/sample_heron/status/1700000000000000202/photo/1",
            "indices" : [
              "21",
              "44"
            ],
            "url" : "https://t.co/p000921",
            "media_url" : "http://pbs.twimg.com/media/FTwoA01.jpg",
            "id_str" : "1700000000000000921",
            "id" : "1700000000000000921",
            "media_url_https" : "https://pbs.twimg.com/media/FTwoA01.jpg",
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
            "display_url" : "pic.twitter.com/FTwoA01"
          },
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1700000000000000202/photo/1",
            "indices" : [
              "21",
              "44"
            ],
            "url" : "https://t.co/p000922",
            "media_url" : "http://pbs.twimg.com/media/FTwoB02.jpg",
            "id_str" : "1700000000000000922",
            "id" : "1700000000000000922",
            "media_url_https" : "https://pbs.twimg.com/media/FTwoB02.jpg",
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
            "display_url" : "pic.twitter.com/FTwoB02"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "3",
      "id_str" : "1700000000000000202",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700000000000000202",
      "possibly_sensitive" : false,
      "created_at" : "Sat Sep 09 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Two herons, one log. https://t.co/tw0pic",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1700000000000000202/photo/1",
            "indices" : [
              "21",
              "44"
            ],
            "url" : "https://t.co/p000921",
            "media_url" : "http://pbs.twimg.com/media/FTwoA01.jpg",
            "id_str" : "1700000000000000921",
            "id" : "1700000000000000921",
            "media_url_https" : "https://pbs.twimg.com/media/FTwoA01.jpg",
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
            "display_url" : "pic.twitter.com/FTwoA01"
          },
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1700000000000000202/photo/1",
            "indices" : [
              "21",
              "44"
            ],
            "url" : "https://t.co/p000922",
            "media_url" : "http://pbs.twimg.com/media/FTwoB02.jpg",
            "id_str" : "1700000000000000922",
            "id" : "1700000000000000922",
            "media_url_https" : "https://pbs.twimg.com/media/FTwoB02.jpg",
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
            "display_url" : "pic.twitter.com/FTwoB02"
          }
        ]
      }
    }
  }
]