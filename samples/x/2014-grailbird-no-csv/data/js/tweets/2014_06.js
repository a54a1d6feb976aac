Grailbird.data.tweets_2014_06 = 
 [ {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "480000000000000003",
  "text" : "@otter_example the heronry is busy this week",
  "id" : 480000000000000003,
  "created_at" : "2014-06-21 19:00:00 +0000",
  "user" : {
    "name" : "Sample Heron",
    "screen_name" : "sample_heron",
    "protected" : false,
    "id_str" : "4000000001",
    "profile_image_url_https" : "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
    "id" : 4000000001,
    "verified" : false
  },
  "in_reply_to_status_id_str" : "479000000000000001",
  "in_reply_to_user_id_str" : "4000000002",
  "in_reply_to_screen_name" : "otter_example",
  "in_reply_to_status_id" : 479000000000000001,
  "in_reply_to_user_id" : 4000000002
}, {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "480000000000000002",
  "text" : "Longest day soon. More light for birding.",
  "id" : 480000000000000002,
  "created_at" : "2014-06-02 07:15:00 +0000",
  "user" : {
    "name" : "Sample Heron",
    "screen_name" : "sample_heron",
    "protected" : false,
    "id_str" : "4000000001",
    "profile_image_url_https" : "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
    "id" : 4000000001,
    "verified" : false
  }
} ]