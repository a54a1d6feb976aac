window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4000000001",
    "userName" : "sample_heron",
    "displayName" : "Sample Heron"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2020-10-10T12:00:00.000Z",
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
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "ageinfo" : {
      "files" : [ {
        "fileName" : "data/ageinfo.js",
        "globalName" : "YTD.ageinfo.part0",
        "count" : "1"
      } ]
    },
    "block" : {
      "files" : [ {
        "fileName" : "data/block.js",
        "globalName" : "YTD.block.part0",
        "count" : "0"
      } ]
    },
    "directMessages" : {
      "files" : [ {
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "1"
      } ]
    },
    "fleet" : {
      "files" : [ {
        "fileName" : "data/fleet.js",
        "globalName" : "YTD.fleet.part0",
        "count" : "0"
      } ]
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "2"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "1"
      } ]
    },
    "futureFeature" : {
      "files" : [ {
        "fileName" : "data/future-feature.js",
        "globalName" : "YTD.future_feature.part0",
        "count" : "1"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "2"
      } ]
    },
    "profile" : {
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "protectedHistory" : {
      "files" : [ {
        "fileName" : "data/protected-history.js",
        "globalName" : "YTD.protected_history.part0",
        "count" : "0"
      } ]
    },
    "tweet" : {
      "files" : [ {
        "fileName" : "data/tweet.js",
        "globalName" : "YTD.tweet.part0",
        "count" : "5"
      } ]
    },
    "js" : {
      "mediaDirectory" : "data/js"
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "tweetMedia" : {
      "mediaDirectory" : "data/tweet_media"
    }
  }
}