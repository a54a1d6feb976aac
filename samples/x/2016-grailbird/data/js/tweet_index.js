var tweet_index = [ {
  "file_name" : "data/js/tweets/2016_04.js",
  "year" : 2016,
  "var_name" : "tweets_2016_04",
  "tweet_count" : 1,
  "month" : 4
}, {
  "file_name" : "data/js/tweets/2016_03.js",
  "year" : 2016,
  "var_name" : "tweets_2016_03",
  "tweet_count" : 3,
  "month" : 3
} ]