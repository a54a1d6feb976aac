window.YTD.saved_search.part0 = [
  {
    "savedSearch" : {
      "savedSearchId" : "42001",
      "query" : "heron nesting"
    }
  }
]