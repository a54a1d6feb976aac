window.YTD.lists_created.part0 = [
  {
    "userListInfo" : {
      "url" : "https://twitter.com/sample_heron/lists/river-birds"
    }
  }
]