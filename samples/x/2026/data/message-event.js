window.YTD.message_event.part0 = [
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768212000492",
      "detail" : {
        "markConversationReadEvent" : {
          "seenAtMillis" : "1768212000445",
          "seenUntilSequenceId" : "2026215415345561605"
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000002",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000006",
      "senderId" : "4000000002",
      "sequenceId" : "2026215415345561606"
    }
  },
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768211000937",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "See you at the weir at eight.",
          "shouldNotify" : true
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000001",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000005",
      "senderId" : "4000000001",
      "sequenceId" : "2026215415345561605"
    }
  },
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768210000115",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "Is the kingfisher still there?",
          "shouldNotify" : true
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000002",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000004",
      "senderId" : "4000000002",
      "sequenceId" : "2026215415345561604"
    }
  },
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768209000271",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "hl9EEm6jYDYNkESPdE4J4odeUVDl47c2FtcGxlIGNpcGhlcnRleHQsIG5vdCBhIHJlYWwgbWVzc2FnZQ==",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1771903074835",
          "isPendingPublicKey" : false
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000001",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000003",
      "senderId" : "4000000001",
      "sequenceId" : "2026215415345561603"
    }
  },
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768208000416",
      "detail" : {
        "messageCreateEvent" : {
          "priority" : {
            "value" : "1",
            "name" : "A",
            "originalName" : "A",
            "annotations" : { }
          },
          "contents" : "GeYL7KIEBWfe8RP7omEGcH1LaODZ1sYW5vdGhlciBzeW50aGV0aWMgY2lwaGVydGV4dA==",
          "shouldNotify" : true,
          "conversationKeyVersion" : "1771903074835",
          "isPendingPublicKey" : false
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000002",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000002",
      "senderId" : "4000000002",
      "sequenceId" : "2026215415345561602"
    }
  },
  {
    "messageEvent" : {
      "conversationId" : "4000000001:4000000002",
      "conversationToken" : "c3ludGhldGljIHRva2Vu",
      "createdAtMsec" : "1768207000912",
      "detail" : {
        "conversationKeyChangeEvent" : {
          "conversationKeyVersion" : "1771903074835",
          "conversationParticipantKeys" : [
            {
              "encryptedConversationKey" : "c3ludGhldGljIHdyYXBwZWQga2V5",
              "publicKeyVersion" : "1",
              "userId" : "4000000001"
            }
          ]
        }
      },
      "messageEventSignature" : {
        "messageSigningKeyInfoList" : [
          {
            "memberId" : "4000000001",
            "publicKeyVersion" : "1771903074835",
            "signingPublicKey" : "c3ludGhldGljIGtleQ=="
          }
        ],
        "publicKeyVersion" : "1771903074835",
        "signature" : "c3ludGhldGljIHNpZ25hdHVyZQ==",
        "signatureVersion" : "4",
        "signingPublicKey" : "c3ludGhldGljIGtleQ=="
      },
      "messageId" : "6787ff6d-5a1b-4c2d-8e9f-000000000001",
      "senderId" : "4000000001",
      "sequenceId" : "2026215415345561601"
    }
  }
]