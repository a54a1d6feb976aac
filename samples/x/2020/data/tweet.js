window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "birds",
        "indices" : [ "32", "38" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "3",
    "id_str" : "1200000000000000001",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1200000000000000001",
    "created_at" : "Sat Nov 30 08:15:00 +0000 2019",
    "favorited" : false,
    "full_text" : "First frost on the river today. #birds",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Otter Example",
        "screen_name" : "otter_example",
        "indices" : [ "0", "14" ],
        "id_str" : "4000000002",
        "id" : "4000000002"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "59" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1199999999999999990",
    "id_str" : "1200000000000000002",
    "in_reply_to_user_id" : "4000000002",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1200000000000000002",
    "in_reply_to_status_id" : "1199999999999999990",
    "created_at" : "Sat Nov 30 09:00:00 +0000 2019",
    "favorited" : false,
    "full_text" : "@otter_example Did you see the kingfisher? Tom &amp; I did.",
    "lang" : "en",
    "in_reply_to_screen_name" : "otter_example",
    "in_reply_to_user_id_str" : "4000000002"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1200000000000000001",
    "id_str" : "1200000000000000003",
    "in_reply_to_user_id" : "4000000001",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1200000000000000003",
    "in_reply_to_status_id" : "1200000000000000001",
    "created_at" : "Sat Nov 30 09:05:00 +0000 2019",
    "favorited" : false,
    "full_text" : "And a grey heron, of course.",
    "lang" : "en",
    "in_reply_to_screen_name" : "sample_heron",
    "in_reply_to_user_id_str" : "4000000001"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Otter Example",
        "screen_name" : "otter_example",
        "indices" : [ "3", "17" ],
        "id_str" : "4000000002",
        "id" : "4000000002"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "84" ],
    "favorite_count" : "3",
    "id_str" : "1200000000000000004",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1200000000000000004",
    "created_at" : "Sun Dec 01 10:00:00 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @otter_example: Otters hold hands while they sleep so they don&#39;t drift apart…",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/sample_heron/status/1200000000000000005/photo/1",
        "indices" : [ "22", "45" ],
        "url" : "https://t.co/p000900",
        "media_url" : "http://pbs.twimg.com/media/EFeeder01.jpg",
        "id_str" : "1200000000000000900",
        "id" : "1200000000000000900",
        "media_url_https" : "https://pbs.twimg.com/media/EFeeder01.jpg",
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
        "display_url" : "pic.twitter.com/EFeeder01"
      } ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "3",
    "id_str" : "1200000000000000005",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1200000000000000005",
    "possibly_sensitive" : false,
    "created_at" : "Mon Dec 02 16:30:00 +0000 2019",
    "favorited" : false,
    "full_text" : "The feeder, finished. https://t.co/pAbCdE",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/sample_heron/status/1200000000000000005/photo/1",
        "indices" : [ "22", "45" ],
        "url" : "https://t.co/p000900",
        "media_url" : "http://pbs.twimg.com/media/EFeeder01.jpg",
        "id_str" : "1200000000000000900",
        "id" : "1200000000000000900",
        "media_url_https" : "https://pbs.twimg.com/media/EFeeder01.jpg",
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
        "display_url" : "pic.twitter.com/EFeeder01"
      } ]
    }
  }
} ]