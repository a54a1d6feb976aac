window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4000000001",
    "userName" : "sample_heron",
    "displayName" : "Sample Heron"
  },
  "archiveInfo" : {
    "sizeBytes" : "40128",
    "generationDate" : "2026-03-06T13:15:31.187Z",
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
    "adFreeArticleVisits" : {
      "files" : [
        {
          "fileName" : "data/ad-free-article-visits.js",
          "globalName" : "YTD.ad_free_article_visits.part0",
          "count" : "0"
        }
      ]
    },
    "articleMetadata" : {
      "files" : [
        {
          "fileName" : "data/article-metadata.js",
          "globalName" : "YTD.article_metadata.part0",
          "count" : "0"
        }
      ]
    },
    "article" : {
      "files" : [
        {
          "fileName" : "data/article.js",
          "globalName" : "YTD.article.part0",
          "count" : "0"
        }
      ]
    },
    "audioVideoCallsInDmRecipientSessions" : {
      "files" : [
        {
          "fileName" : "data/audio-video-calls-in-dm-recipient-sessions.js",
          "globalName" : "YTD.audio_video_calls_in_dm_recipient_sessions.part0",
          "count" : "0"
        }
      ]
    },
    "communityNoteApiTestNote" : {
      "files" : [
        {
          "fileName" : "data/community-note-api-test-note.js",
          "globalName" : "YTD.community_note_api_test_note.part0",
          "count" : "0"
        }
      ]
    },
    "communityNoteBatsignal" : {
      "files" : [
        {
          "fileName" : "data/community-note-batsignal.js",
          "globalName" : "YTD.community_note_batsignal.part0",
          "count" : "0"
        }
      ]
    },
    "communityNoteRating" : {
      "files" : [
        {
          "fileName" : "data/community-note-rating.js",
          "globalName" : "YTD.community_note_rating.part0",
          "count" : "0"
        }
      ]
    },
    "communityNote" : {
      "files" : [
        {
          "fileName" : "data/community-note.js",
          "globalName" : "YTD.community_note.part0",
          "count" : "1"
        }
      ]
    },
    "deletedTweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/deleted-tweet-headers.js",
          "globalName" : "YTD.deleted_tweet_headers.part0",
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
    "directMessageHeaders" : {
      "files" : [
        {
          "fileName" : "data/direct-message-headers.js",
          "globalName" : "YTD.direct_message_headers.part0",
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
          "count" : "1"
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
    "like" : {
      "files" : [
        {
          "fileName" : "data/like.js",
          "globalName" : "YTD.like.part0",
          "count" : "1"
        }
      ]
    },
    "messageEvent" : {
      "files" : [
        {
          "fileName" : "data/message-event.js",
          "globalName" : "YTD.message_event.part0",
          "count" : "6"
        }
      ]
    },
    "periscopeCommentsMadeByUser" : {
      "files" : [
        {
          "fileName" : "data/periscope-comments-made-by-user.js",
          "globalName" : "YTD.periscope_comments_made_by_user.part0",
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
          "count" : "0"
        }
      ]
    },
    "tweetHeaders" : {
      "files" : [
        {
          "fileName" : "data/tweet-headers.js",
          "globalName" : "YTD.tweet_headers.part0",
          "count" : "6"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "6"
        }
      ]
    },
    "js" : {
      "mediaDirectory" : "data/js"
    }
  }
}