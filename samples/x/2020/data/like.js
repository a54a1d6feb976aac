window.YTD.like.part0 = [ {
  "like" : {
    "tweetId" : "1190000000000000011",
    "fullText" : "Herons are patient hunters &amp; fine dancers.",
    "expandedUrl" : "https://twitter.com/i/web/status/1190000000000000011"
  }
}, {
  "like" : {
    "tweetId" : "1190000000000000012",
    "fullText" : "You’re unable to view this Tweet because this account owner limits who can view their Tweets. {learnmore}",
    "expandedUrl" : "https://twitter.com/i/web/status/1190000000000000012"
  }
} ]