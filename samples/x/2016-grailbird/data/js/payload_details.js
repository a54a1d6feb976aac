var payload_details = {
  "tweets" : 4,
  "created_at" : "2016-05-01 12:00:00 +0000",
  "lang" : "en"
}