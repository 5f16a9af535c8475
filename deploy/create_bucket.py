"""Create the media bucket in the object store if it is not there (compose.yaml's
release step). Does nothing when no bucket is configured."""

import os

import boto3
from botocore.exceptions import ClientError

bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME")
if bucket:
    s3 = boto3.client(
        "s3",
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        region_name=os.environ.get("AWS_S3_REGION_NAME") or None,
    )
    try:
        s3.head_bucket(Bucket=bucket)
    except ClientError:
        s3.create_bucket(Bucket=bucket)
        print(f"Created the bucket {bucket}.")
