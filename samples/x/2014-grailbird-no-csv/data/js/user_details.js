var user_details = {
  "screen_name" : "sample_heron",
  "location" : "Example Valley",
  "full_name" : "Sample Heron",
  "bio" : "Birds and rivers.",
  "id" : "4000000001",
  "created_at" : "2012-04-14 22:50:27 +0000"
}