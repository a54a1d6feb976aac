window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1760000000000000901",
      "updatedAt" : "2024-03-09T15:58:50.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-03-09T15:58:50.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "A longer note on building the bird feeder, because 280 characters were never going to be enough. First, the roof: cedar shingles, angled so the rain runs off. Second, the perch: a dowel, sanded smooth. Third, the squirrel baffle, which failed on day one. Fourth, the camera, which caught the squirrel's victory lap in glorious detail.\n\nLessons: build for the squirrel.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1760000000000000902",
      "updatedAt" : "2024-04-01T10:00:00.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2024-04-01T10:00:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ],
        "text" : "A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. A long post whose tweet is not in this archive. "
      }
    }
  }
]