Grailbird.data.tweets_2016_03 = 
 [ {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "710000000000000003",
  "text" : "RT @otter_example: Spring is here &amp; so are the ducklings",
  "id" : 710000000000000003,
  "created_at" : "2016-03-20 09:00:00 +0000",
  "user" : {
    "name" : "Sample Heron",
    "screen_name" : "sample_heron",
    "protected" : false,
    "id_str" : "4000000001",
    "profile_image_url_https" : "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
    "id" : 4000000001,
    "verified" : false
  },
  "retweeted_status" : {
    "id_str" : "709999999999999999",
    "id" : 709999999999999999,
    "text" : "Spring is here &amp; so are the ducklings",
    "created_at" : "2016-03-19 08:00:00 +0000"
  }
}, {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "710000000000000002",
  "text" : "@otter_example thanks for the tip!",
  "id" : 710000000000000002,
  "created_at" : "2016-03-12 10:30:00 +0000",
  "user" : {
    "name" : "Sample Heron",
    "screen_name" : "sample_heron",
    "protected" : false,
    "id_str" : "4000000001",
    "profile_image_url_https" : "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
    "id" : 4000000001,
    "verified" : false
  },
  "in_reply_to_status_id_str" : "709000000000000001",
  "in_reply_to_user_id_str" : "4000000002",
  "in_reply_to_screen_name" : "otter_example",
  "in_reply_to_status_id" : 709000000000000001,
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
  "id_str" : "710000000000000001",
  "text" : "Spotted my first heron of the year.",
  "id" : 710000000000000001,
  "created_at" : "2016-03-10 08:00:00 +0000",
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