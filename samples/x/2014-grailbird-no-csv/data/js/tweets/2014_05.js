Grailbird.data.tweets_2014_05 = 
 [ {
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "470000000000000001",
  "text" : "New binoculars, first test.",
  "id" : 470000000000000001,
  "created_at" : "2014-05-27 12:24:35 +0000",
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