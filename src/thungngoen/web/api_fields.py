"""The fields every area's API models share: amounts in satang and the payment PIN."""

from pydantic import Field

Satang = Field(gt=0, description="Amount in satang (1 baht = 100 satang).")
Pin = Field(pattern=r"^\d{6}$", description="The six-digit payment PIN.")
