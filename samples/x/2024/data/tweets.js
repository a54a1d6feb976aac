window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000101"
          ],
          "editableUntil" : "2024-03-05T15:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birds",
            "indices" : [
              "47",
              "53"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000101",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000101",
      "created_at" : "Tue Mar 05 07:02:11 +0000 2024",
      "favorited" : false,
      "full_text" : "Morning walk by the river. The herons are back! #birds",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000102"
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
        "59"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000102",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000102",
      "created_at" : "Tue Mar 05 08:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Thread: three things I learned building a bird feeder (1/2)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000103"
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
        "30"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1760000000000000102",
      "id_str" : "1760000000000000103",
      "in_reply_to_user_id" : "4000000001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000103",
      "in_reply_to_status_id" : "1760000000000000102",
      "created_at" : "Tue Mar 05 08:01:00 +0000 2024",
      "favorited" : false,
      "full_text" : "2/2: the squirrel always wins.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sample_heron",
      "in_reply_to_user_id_str" : "4000000001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000104"
          ],
          "editableUntil" : "2024-03-05T15:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birds",
            "indices" : [
              "30",
              "36"
            ]
          }
        ],
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
        "urls" : [
          {
            "url" : "https://t.co/abc123",
            "expanded_url" : "https://example.com/herons",
            "display_url" : "example.com/herons",
            "indices" : [
              "37",
              "56"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1760000000000000055",
      "id_str" : "1760000000000000104",
      "in_reply_to_user_id" : "4000000002",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000104",
      "in_reply_to_status_id" : "1760000000000000055",
      "created_at" : "Tue Mar 05 14:02:11 +0000 2024",
      "favorited" : false,
      "full_text" : "@otter_example agreed &amp; see #birds https://t.co/abc123",
      "lang" : "en",
      "in_reply_to_screen_name" : "otter_example",
      "in_reply_to_user_id_str" : "4000000002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000105"
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
              "3",
              "17"
            ],
            "id_str" : "4000000002",
            "id" : "4000000002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000105",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000105",
      "created_at" : "Wed Mar 06 10:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @otter_example: Otters hold hands while they sleep so they don&#39;t drift apart. A thread o…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000106"
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
        "urls" : [
          {
            "url" : "https://t.co/q1u0te",
            "expanded_url" : "https://twitter.com/otter_example/status/1760000000000000009",
            "display_url" : "twitter.com/otter_example/",
            "indices" : [
              "41",
              "60"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000106",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000106",
      "created_at" : "Wed Mar 06 11:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "This is the best thing I have read today https://t.co/q1u0te",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000107",
            "1760000000000000108"
          ],
          "editableUntil" : "2024-03-07T10:00:00.000Z",
          "editsRemaining" : "4",
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
        "20"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000107",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000107",
      "created_at" : "Thu Mar 07 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Heron count today: 3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1760000000000000107",
          "editControlInitial" : {
            "editTweetIds" : [
              "1760000000000000107",
              "1760000000000000108"
            ],
            "editableUntil" : "2024-03-07T10:00:00.000Z",
            "editsRemaining" : "4",
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
      "id_str" : "1760000000000000108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000108",
      "created_at" : "Thu Mar 07 09:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Heron count today: 4 (one was hiding)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000109"
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
      "id_str" : "1760000000000000109",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000109",
      "created_at" : "Wed Jan 01 00:00:00 +0000 1997",
      "favorited" : false,
      "full_text" : "A post from before X existed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000110"
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
        "urls" : [
          {
            "url" : "https://t.co/js01",
            "expanded_url" : "javascript:alert(1)",
            "display_url" : "javascript:alert(1)",
            "indices" : [
              "133",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000110",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000110",
      "created_at" : "Fri Mar 08 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Testing the report: &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; and javascript:alert(document.cookie) https://t.co/js01",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000111"
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
        "42"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000111",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000111",
      "created_at" : "Fri Mar 08 13:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Good morning 🌅🐦 — صباح الخير — בוקר טוב 👋🏽",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000112"
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
        "urls" : [
          {
            "url" : "https://t.co/n0te01",
            "expanded_url" : "https://twitter.com/i/web/status/1760000000000000112",
            "display_url" : "twitter.com/i/web/status/1",
            "indices" : [
              "271",
              "290"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "291"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000112",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000112",
      "created_at" : "Sat Mar 09 15:58:50 +0000 2024",
      "favorited" : false,
      "full_text" : "A longer note on building the bird feeder, because 280 characters were never going to be enough. First, the roof: cedar shingles, angled so the rain runs off. Second, the perch: a dowel, sanded smooth. Third, the squirrel baffle, which failed on day one. Fourth, the cam… https://t.co/n0te01",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760000000000000113"
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
            "expanded_url" : "https://twitter.com/sample_heron/status/1760000000000000113/photo/1",
            "indices" : [
              "18",
              "41"
            ],
            "url" : "https://t.co/p000913",
            "media_url" : "http://pbs.twimg.com/media/GHeron01.jpg",
            "id_str" : "1760000000000000913",
            "id" : "1760000000000000913",
            "media_url_https" : "https://pbs.twimg.com/media/GHeron01.jpg",
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
            "display_url" : "pic.twitter.com/GHeron01"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1760000000000000113",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760000000000000113",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 10 07:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Caught on camera. https://t.co/pHr0n1",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/sample_heron/status/1760000000000000113/photo/1",
            "indices" : [
              "18",
              "41"
            ],
            "url" : "https://t.co/p000913",
            "media_url" : "http://pbs.twimg.com/media/GHeron01.jpg",
            "id_str" : "1760000000000000913",
            "id" : "1760000000000000913",
            "media_url_https" : "https://pbs.twimg.com/media/GHeron01.jpg",
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
            "display_url" : "pic.twitter.com/GHeron01"
          }
        ]
      }
    }
  }
]