window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "4000000003",
      "userLink" : "https://twitter.com/intent/user?user_id=4000000003"
    }
  }
]