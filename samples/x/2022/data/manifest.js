window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4000000001",
    "userName" : "sample_heron",
    "displayName" : "Sample Heron"
  },
  "archiveInfo" : {
    "sizeBytes" : "31337",
    "generationDate" : "2022-11-06T15:53:33.138Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "birdwatchNote" : {
      "files" : [
        {
          "fileName" : "data/birdwatch-note.js",
          "globalName" : "YTD.birdwatch_note.part0",
          "count" : "1"
        }
      ]
    },
    "communityTweet" : {
      "files" : [
        {
          "fileName" : "data/community-tweet.js",
          "globalName" : "YTD.community_tweet.part0",
          "count" : "0"
        }
      ]
    },
    "deletedTweets" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweets.js",
          "globalName" : "YTD.deleted_tweets.part0",
          "count" : "0"
        }
      ]
    },
    "directMessagesGroup" : {
      "files" : [
        {
          "fileName" : "data/direct-messages-group.js",
          "globalName" : "YTD.direct_messages_group.part0",
          "count" : "0"
        }
      ]
    },
    "directMessages" : {
      "files" : [
        {
          "fileName" : "data/direct-messages.js",
          "globalName" : "YTD.direct_messages.part0",
          "count" : "0"
        }
      ]
    },
    "follower" : {
      "files" : [
        {
          "fileName" : "data/follower.js",
          "globalName" : "YTD.follower.part0",
          "count" : "1"
        }
      ]
    },
    "following" : {
      "files" : [
        {
          "fileName" : "data/following.js",
          "globalName" : "YTD.following.part0",
          "count" : "0"
        }
      ]
    },
    "like" : {
      "files" : [
        {
          "fileName" : "data/like.js",
          "globalName" : "YTD.like.part0",
          "count" : "1"
        }
      ]
    },
    "moment" : {
      "files" : [
        {
          "fileName" : "data/moment.js",
          "globalName" : "YTD.moment.part0",
          "count" : "1"
        }
      ]
    },
    "profile" : {
      "files" : [
        {
          "fileName" : "data/profile.js",
          "globalName" : "YTD.profile.part0",
          "count" : "1"
        }
      ]
    },
    "protectedHistory" : {
      "files" : [
        {
          "fileName" : "data/protected-history.js",
          "globalName" : "YTD.protected_history.part0",
          "count" : "1"
        }
      ]
    },
    "savedSearch" : {
      "files" : [
        {
          "fileName" : "data/saved-search.js",
          "globalName" : "YTD.saved_search.part0",
          "count" : "1"
        }
      ]
    },
    "tweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/tweet-headers.js",
          "globalName" : "YTD.tweet_headers.part0",
          "count" : "4"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "4"
        }
      ]
    },
    "twitterCircleMember" : {
      "files" : [
        {
          "fileName" : "data/twitter-circle-member.js",
          "globalName" : "YTD.twitter_circle_member.part0",
          "count" : "0"
        }
      ]
    },
    "twitterCircleTweet" : {
      "files" : [
        {
          "fileName" : "data/twitter-circle-tweet.js",
          "globalName" : "YTD.twitter_circle_tweet.part0",
          "count" : "1"
        }
      ]
    },
    "twitterCircle" : {
      "files" : [
        {
          "fileName" : "data/twitter-circle.js",
          "globalName" : "YTD.twitter_circle.part0",
          "count" : "1"
        }
      ]
    },
    "js" : {
      "mediaDirectory" : "data/js"
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    },
    "twitterCircleTweetMedia" : {
      "mediaDirectory" : "data/twitter_circle_tweet_media"
    }
  }
}