window.YTD.moment.part0 = [
  {
    "moment" : {
      "momentId" : "1000000000000000801",
      "createdAt" : "2018-05-01T10:00:00.000Z",
      "createdBy" : "4000000001",
      "title" : "A year of herons",
      "coverMediaUrls" : [ ],
      "description" : "Twelve months by the river.",
      "tweets" : [ ]
    }
  }
]