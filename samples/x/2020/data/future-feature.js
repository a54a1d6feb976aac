window.YTD.future_feature.part0 = [ {
  "futureThing" : {
    "value" : "1"
  }
} ]