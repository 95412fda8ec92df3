"""Reads a partner's feed: python3 feed_consumer.py <bootstrap> <agencyId> <password> [<replay from ISO-8601>]

Needs the confluent-kafka package (pip install confluent-kafka).
"""
import sys
from datetime import datetime

from confluent_kafka import Consumer, TopicPartition

bootstrap, agency, password = sys.argv[1:4]
consumer = Consumer({"bootstrap.servers": bootstrap, "security.protocol": "SASL_PLAINTEXT",
                     "sasl.mechanism": "SCRAM-SHA-512", "sasl.username": f"partner-{agency}",
                     "sasl.password": password, "group.id": f"partner-{agency}-feed",
                     "auto.offset.reset": "earliest", "isolation.level": "read_committed"})
topic = f"partner.{agency}.feed"
partitions = [TopicPartition(topic, p) for p in consumer.list_topics(topic).topics[topic].partitions]
if len(sys.argv) > 4:  # replay: each partition from its first record at or after that moment
    millis = int(datetime.fromisoformat(sys.argv[4].replace("Z", "+00:00")).timestamp() * 1000)
    partitions = consumer.offsets_for_times([TopicPartition(topic, p.partition, millis) for p in partitions])
consumer.assign(partitions)
while True:
    record = consumer.poll(1.0)
    if record is None or record.error():
        continue
    headers = dict(record.headers() or [])
    print(headers["ce_type"].decode(), "case", record.key().decode(), record.value().decode())
    consumer.commit(record)
