window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4000000001",
    "userName" : "sample_heron",
    "displayName" : "Sample Heron"
  },
  "archiveInfo" : {
    "sizeBytes" : "61904",
    "generationDate" : "2024-11-16T10:20:30.123Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "accountLabel" : {
      "files" : [
        {
          "fileName" : "data/account-label.js",
          "globalName" : "YTD.account_label.part0",
          "count" : "1"
        }
      ]
    },
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "adEngagements" : {
      "files" : [
        {
          "fileName" : "data/ad-engagements.js",
          "globalName" : "YTD.ad_engagements.part0",
          "count" : "0"
        }
      ]
    },
    "ageinfo" : {
      "files" : [
        {
          "fileName" : "data/ageinfo.js",
          "globalName" : "YTD.ageinfo.part0",
          "count" : "1"
        }
      ]
    },
    "block" : {
      "files" : [
        {
          "fileName" : "data/block.js",
          "globalName" : "YTD.block.part0",
          "count" : "0"
        }
      ]
    },
    "communityTweet" : {
      "files" : [
        {
          "fileName" : "data/community-tweet.js",
          "globalName" : "YTD.community_tweet.part0",
          "count" : "1"
        }
      ]
    },
    "deletedNoteTweet" : {
      "files" : [
        {
          "fileName" : "data/deleted-note-tweet.js",
          "globalName" : "YTD.deleted_note_tweet.part0",
          "count" : "0"
        }
      ]
    },
    "deletedTweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweet-headers.js",
          "globalName" : "YTD.deleted_tweet_headers.part0",
          "count" : "1"
        }
      ]
    },
    "deletedTweets" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweets.js",
          "globalName" : "YTD.deleted_tweets.part0",
          "count" : "1"
        }
      ]
    },
    "directMessageHeaders" : {
      "files" : [
        {
          "fileName" : "data/direct-message-headers.js",
          "globalName" : "YTD.direct_message_headers.part0",
          "count" : "0"
        }
      ]
    },
    "directMessagesGroup" : {
      "files" : [
        {
          "fileName" : "data/direct-messages-group.js",
          "globalName" : "YTD.direct_messages_group.part0",
          "count" : "1"
        }
      ]
    },
    "directMessages" : {
      "files" : [
        {
          "fileName" : "data/direct-messages.js",
          "globalName" : "YTD.direct_messages.part0",
          "count" : "1"
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
          "count" : "2"
        }
      ]
    },
    "grokChatItem" : {
      "files" : [
        {
          "fileName" : "data/grok-chat-item.js",
          "globalName" : "YTD.grok_chat_item.part0",
          "count" : "2"
        }
      ]
    },
    "keyRegistry" : {
      "files" : [
        {
          "fileName" : "data/key-registry.js",
          "globalName" : "YTD.key_registry.part0",
          "count" : "0"
        }
      ]
    },
    "like" : {
      "files" : [
        {
          "fileName" : "data/like.js",
          "globalName" : "YTD.like.part0",
          "count" : "2"
        }
      ]
    },
    "listsCreated" : {
      "files" : [
        {
          "fileName" : "data/lists-created.js",
          "globalName" : "YTD.lists_created.part0",
          "count" : "1"
        }
      ]
    },
    "listsMember" : {
      "files" : [
        {
          "fileName" : "data/lists-member.js",
          "globalName" : "YTD.lists_member.part0",
          "count" : "0"
        }
      ]
    },
    "mute" : {
      "files" : [
        {
          "fileName" : "data/mute.js",
          "globalName" : "YTD.mute.part0",
          "count" : "0"
        }
      ]
    },
    "noteTweet" : {
      "files" : [
        {
          "fileName" : "data/note-tweet.js",
          "globalName" : "YTD.note_tweet.part0",
          "count" : "2"
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
          "count" : "2"
        }
      ]
    },
    "screenNameChange" : {
      "files" : [
        {
          "fileName" : "data/screen-name-change.js",
          "globalName" : "YTD.screen_name_change.part0",
          "count" : "1"
        }
      ]
    },
    "spacesMetadata" : {
      "files" : [
        {
          "fileName" : "data/spaces-metadata.js",
          "globalName" : "YTD.spaces_metadata.part0",
          "count" : "0"
        }
      ]
    },
    "tweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/tweet-headers.js",
          "globalName" : "YTD.tweet_headers.part0",
          "count" : "15"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets-part1.js",
          "globalName" : "YTD.tweets.part1",
          "count" : "2"
        },
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "13"
        }
      ]
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "js" : {
      "mediaDirectory" : "data/js"
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    }
  }
}