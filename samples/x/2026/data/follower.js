window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "4000000002",
      "userLink" : "https://twitter.com/intent/user?user_id=4000000002"
    }
  }
]