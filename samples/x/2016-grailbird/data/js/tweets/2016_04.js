Grailbird.data.tweets_2016_04 = 
 [ {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "720000000000000001",
  "text" : "Evening light on the water.",
  "id" : 720000000000000001,
  "created_at" : "2016-04-02 18:00:00 +0000",
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