window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Birds, rivers and the occasional bird feeder. Views my own.",
        "website" : "https://t.co/site01",
        "location" : "Example Valley"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/sample_avatar.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/4000000001/1"
    }
  }
]