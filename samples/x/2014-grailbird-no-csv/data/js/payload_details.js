var payload_details = {
  "tweets" : 3,
  "created_at" : "2014-07-01 09:00:00 +0000",
  "lang" : "en"
}